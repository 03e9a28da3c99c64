namespace Sitrep.Bench;

using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Storage;
using Sitrep.Web.Api;
using Sitrep.Web.ReadModel;

/// <summary>
/// The events endpoint's own work without HTTP: the index query for each of the load's boxes, and the same with the
/// JSON answer written, on one thread. Beside the wrk figures it says how much of a request is Sitrep's and how
/// much is the server and the network stack.
/// </summary>
internal static class ServeQueryCost
{
    public static string Measure(string db, IReadOnlyList<BoundingBox> boxes)
    {
        EventIndex index;
        using (var store = EventStore.Open(db))
        {
            index = new EventIndex(store.EventSummaries());
        }

        var answer = new ArrayBufferWriter<byte>(64 * 1024);
        double queryUs = 0, answerUs = 0;
        // Three rounds of a second each, keeping the best: the first warms the JIT, and on a shared machine the
        // fastest round is the one least disturbed.
        for (int round = 0; round < 3; round++)
        {
            var (q, a) = (Rate(boxes, b => index.Query(new EventQuery(Box: b))), Rate(boxes, b => Answer(index, b, answer)));
            (queryUs, answerUs) = round == 0 ? (q, a) : (Math.Min(queryUs, q), Math.Min(answerUs, a));
        }

        return $"index alone, one thread, mean over the {boxes.Count} boxes: query {queryUs:F1} us; query and JSON answer {answerUs:F1} us";
    }

    private static double Rate(IReadOnlyList<BoundingBox> boxes, Action<BoundingBox> run)
    {
        var clock = Stopwatch.StartNew();
        int runs = 0;
        while (clock.ElapsedMilliseconds < 1000)
        {
            foreach (var box in boxes)
            {
                run(box);
                runs++;
            }
        }

        return clock.Elapsed.TotalMicroseconds / runs;
    }

    // The endpoint's own answer writer, into a reused buffer instead of the response.
    private static void Answer(EventIndex index, BoundingBox box, ArrayBufferWriter<byte> buffer)
    {
        var query = new EventQuery(Box: box);
        buffer.ResetWrittenCount();
        using var w = new Utf8JsonWriter(buffer);
        EventEndpoints.WritePage(w, index, query, index.Query(query), geo: false);
    }
}
