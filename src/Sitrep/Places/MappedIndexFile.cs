using System.IO.MemoryMappedFiles;

namespace Sitrep.Places;

/// <summary>
/// A read-only file mapped into memory. Reading a 30 MB index into an array costs a cold start about 25 ms of
/// copying and page faults; a mapping costs nothing until a page is touched, and a lookup touches a few pages.
/// </summary>
/// <remarks>
/// The mapping is never released: spans handed out point into it, and the garbage collector cannot see them, so
/// unmapping when this object died could leave a span pointing at nothing. A process maps its index once (the
/// pipeline keeps it for its lifetime), so the cost of never unmapping is one mapping per load.
/// The index writer replaces a file by renaming a new one over it, so a mapped index never changes underneath.
/// </remarks>
internal sealed unsafe class MappedIndexFile
{
    // Held so the view is reachable as long as this object; its pointer was acquired and is never released.
    private readonly MemoryMappedViewAccessor? _view;
    private readonly byte* _start;

    private MappedIndexFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        _start = start;
        Length = length;
    }

    public long Length { get; }

    /// <summary>Maps a whole file. An empty file maps to zero bytes (mmap refuses a zero-length mapping).</summary>
    public static MappedIndexFile Open(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        long length = file.Length;
        if (length == 0)
        {
            return new MappedIndexFile(null, null, 0);
        }

        // The file and mapping objects can be closed at once: the view keeps the pages mapped on its own.
        using var mapping = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedIndexFile(view, start + view.PointerOffset, length);
    }

    /// <summary>Bytes [offset, offset + length) of the file; the caller has checked the range against <see cref="Length"/>.</summary>
    public ReadOnlySpan<byte> Slice(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return new ReadOnlySpan<byte>(_start + offset, length);
    }
}
