namespace Sitrep.Web.ReadModel;

using Sitrep.Storage;

/// <summary>
/// The server's one way into the store. The store's connection is not thread-safe, so reads of single events and
/// every write go through one lock; list, map and timeline queries read an immutable <see cref="EventIndex"/>
/// instead and never wait for the lock. The index is rebuilt after each write made here, and when another
/// process (a `sitrep ingest` into the same file) has committed, checked at most once a second.
/// </summary>
internal sealed class StoreGate : IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly EventStore _store;
    private readonly Lock _lock = new();
    private EventIndex _index;
    private long _externalStamp;
    private long _checkedAt;
    private bool _disposed;

    public StoreGate(EventStore store)
    {
        _store = store;
        _externalStamp = store.ExternalChangeStamp();
        _index = new EventIndex(store.EventSummaries());
        _checkedAt = Environment.TickCount64;
    }

    /// <summary>
    /// The current snapshot. At most once a second a request also checks whether another process has written; if so
    /// the index is rebuilt on the thread pool (seconds at 100,000 events) while every request, that one included,
    /// goes on with the snapshot it has.
    /// </summary>
    public EventIndex Index
    {
        get
        {
            long now = Environment.TickCount64;
            if (now - Volatile.Read(ref _checkedAt) >= CheckInterval.TotalMilliseconds && _lock.TryEnter())
            {
                try
                {
                    Volatile.Write(ref _checkedAt, now);
                    long stamp = _store.ExternalChangeStamp();
                    if (stamp != _externalStamp)
                    {
                        _externalStamp = stamp;
                        _ = Task.Run(RebuildAfterExternalChange);
                    }
                }
                finally
                {
                    _lock.Exit();
                }
            }

            return Volatile.Read(ref _index);
        }
    }

    private void RebuildAfterExternalChange()
    {
        // Under the lock, as every use of the store's connection is.
        lock (_lock)
        {
            if (_disposed)
            {
                return; // the server stopped while this rebuild waited for the lock
            }

            try
            {
                Volatile.Write(ref _index, new EventIndex(_store.EventSummaries()));
            }
            catch (Exception)
            {
                // A busy or failing read keeps the old snapshot; forgetting the stamp makes the next check try again.
                _externalStamp = long.MinValue;
            }
        }
    }

    /// <summary>Runs a read against the store under the lock.</summary>
    public T Read<T>(Func<EventStore, T> read)
    {
        lock (_lock)
        {
            return read(_store);
        }
    }

    /// <summary>Runs a write against the store under the lock, then rebuilds the index so the next read sees it.</summary>
    public T Write<T>(Func<EventStore, T> write)
    {
        lock (_lock)
        {
            var result = write(_store);
            Volatile.Write(ref _index, new EventIndex(_store.EventSummaries()));
            return result;
        }
    }

    public void Dispose()
    {
        // Not while a rebuild is reading the store.
        lock (_lock)
        {
            _disposed = true;
            _store.Dispose();
        }
    }
}
