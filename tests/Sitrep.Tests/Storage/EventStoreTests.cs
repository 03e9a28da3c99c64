namespace Sitrep.Tests.Storage;

using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Storage;
using Sitrep.Testing;
using Sitrep.Text;

/// <summary>Every store behaviour, checked on SQLite and on PostgreSQL.</summary>
public sealed class EventStoreTests : IDisposable
{
    private readonly List<TestStore> _stores = [];

    private EventStore Open(string provider)
    {
        var location = TestStore.Create(provider);
        _stores.Add(location);
        return EventStore.Open(location.Location);
    }

    private static readonly EventActor Military = new("Military Forces of Myanmar (2021-)", 1);
    private static readonly EventActor Civilians = new("Civilians (Myanmar)", 7);
    private static readonly EventActor Mndaa = new("MNDAA: Myanmar National Democratic Alliance Army", 2);
    private static readonly EventPlace Hsenwi = new("Hsenwi", "MM", "Shan", new GeoPoint(23.30, 97.96), 1, 101);
    private static readonly EventPlace NearHsenwi = new("Nam Hsan", "MM", "Shan", new GeoPoint(23.40, 97.90), 1, 102);
    private static readonly EventPlace Lashio = new("Lashio", "MM", "Shan", new GeoPoint(22.93, 97.75), 1, 103);

    private static CodedEvent Event(string sub, DateOnly date, EventActor? a1, EventActor? a2, EventPlace place, int fatalities,
        string source, int precision = 1, ControlChange? control = null) =>
        new(AcledTaxonomy.EventTypeOf(sub), sub, date, precision, "clause", a1, a2, [], place, fatalities, null,
            new Dictionary<string, long>(), [new ClaimSource(source, SourceKind.NewsAgency)], [], false, false, 0.9, control,
            [new Evidence("trigger", new TextSpan(0, 5), source + " says")]);

    private static Report Report(string source, string text, DateOnly published) => new(source, text, 0, null, published);

    private static readonly DateOnly Jan9 = new(2024, 1, 9);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Reports_of_one_strike_from_different_outlets_merge_with_the_lowest_stated_toll(string provider)
    {
        using var store = Open(provider);
        store.Store(Report("a.txt", "Reuters text", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
        store.Store(Report("b.txt", "AP text", Jan9), [Event("Air/drone strike", Jan9.AddDays(1), Military, null, NearHsenwi, 0, "AP")]);
        store.Store(Report("c.txt", "AFP text", Jan9), [Event("Air/drone strike", Jan9, null, Civilians, Hsenwi, 4, "AFP")]);

        var events = store.Events();
        var merged = Assert.Single(events);
        Assert.Equal(4, merged.Event.Fatalities);
        Assert.Equal(["AFP", "AP", "Reuters"], merged.Event.Sources.Select(s => s.Name));
        Assert.Equal(3, merged.Reports.Count);
        Assert.Equal(3, merged.Event.Evidence.Count);
        Assert.All(store.Merges(merged.Id), m => Assert.Contains("actors compatible", m.Reason));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Events_too_far_apart_in_place_date_family_or_actors_stay_apart(string provider)
    {
        using var store = Open(provider);
        store.Store(Report("a.txt", "one", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
        store.Store(Report("b.txt", "two", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Lashio, 5, "AP")]);
        store.Store(Report("c.txt", "three", Jan9), [Event("Air/drone strike", Jan9.AddDays(2), Military, Civilians, Hsenwi, 5, "AP")]);
        store.Store(Report("d.txt", "four", Jan9), [Event("Armed clash", Jan9, Military, Mndaa, Hsenwi, 0, "AP")]);
        store.Store(Report("e.txt", "five", Jan9), [Event("Air/drone strike", Jan9, Mndaa, Civilians, Hsenwi, 5, "AP")]);

        Assert.Equal(5, store.Events().Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Territorial_sub_types_merge_as_one_family_and_month_precision_widens_the_window(string provider)
    {
        using var store = Open(provider);
        store.Store(Report("a.txt", "one", Jan9), [Event("Non-state actor overtakes territory", Jan9, Mndaa, Military, Hsenwi, 0, "AFP")]);
        store.Store(Report("b.txt", "two", Jan9), [Event("Non-violent transfer of territory", Jan9.AddDays(5), Mndaa, Military, Hsenwi, 0, "AP", precision: 2)]);

        Assert.Single(store.Events());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Storing_the_same_text_twice_changes_nothing(string provider)
    {
        using var store = Open(provider);
        var first = store.Store(Report("a.txt", "Air strikes  hit\nHsenwi.", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
        var again = store.Store(Report("copy.txt", "Air strikes hit Hsenwi. ", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.ReportId, again.ReportId);
        Assert.Equal((1L, 1L, 0L), store.Counts());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Split_restores_the_merged_in_event_as_its_own(string provider)
    {
        using var store = Open(provider);
        store.Store(Report("a.txt", "one", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
        store.Store(Report("b.txt", "two", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 9, "AP")]);
        var group = Assert.Single(store.Events());
        long mergedIn = Assert.Single(group.MergedEventIds);

        var outcome = store.Split(mergedIn);

        Assert.Equal(group.Id, outcome!.FormerGroupId);
        var events = store.Events();
        Assert.Equal(2, events.Count);
        Assert.Equal([5, 9], events.Select(e => e.Event.Fatalities).Order());
        Assert.Null(store.Split(mergedIn));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_takeover_placed_only_near_a_town_says_nothing_of_who_holds_it(string provider)
    {
        using var store = Open(provider);
        var nearHsenwi = Hsenwi with { GeoPrecision = 2 };
        store.Store(Report("a.txt", "one", Jan9), [Event("Non-state actor overtakes territory", Jan9, Mndaa, Military, nearHsenwi, 0, "AFP")]);
        Assert.Empty(ControlTimeline.Query(store, "Hsenwi", null).Timeline);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Control_timeline_says_who_held_a_town_on_each_date(string provider)
    {
        using var store = Open(provider);
        var feb = new DateOnly(2024, 2, 19);
        var mar = new DateOnly(2024, 3, 3);
        store.Store(Report("a.txt", "one", Jan9), [Event("Non-state actor overtakes territory", Jan9, Mndaa, Military, Hsenwi, 0, "AFP")]);
        store.Store(Report("b.txt", "two", feb), [Event("Government regains territory", feb, Military, Mndaa, Hsenwi, 0, "AP")]);
        store.Store(Report("c.txt", "three", mar), [Event("Non-state actor overtakes territory", mar, Mndaa, Military, Hsenwi, 0, "AFP")]);

        Assert.Equal(Mndaa.Name, ControlTimeline.Query(store, "hsenwi", new DateOnly(2024, 1, 20)).Holder);
        var february = ControlTimeline.Query(store, "Hsenwi", new DateOnly(2024, 2, 25));
        Assert.Equal(Military.Name, february.Holder);
        Assert.Equal(feb, february.Since);
        Assert.Equal("b.txt", Assert.Single(february.Evidence).ReportSource);
        var latest = ControlTimeline.Query(store, "Hsenwi", null);
        Assert.Equal((Mndaa.Name, mar, 3), (latest.Holder, latest.Since!.Value, latest.Timeline.Count));
        Assert.Null(ControlTimeline.Query(store, "Hsenwi", new DateOnly(2023, 12, 1)).Holder);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_reopened_store_keeps_everything(string provider)
    {
        var location = TestStore.Create(provider);
        _stores.Add(location);
        using (var store = EventStore.Open(location.Location))
        {
            store.BeginBatch();
            store.Store(Report("a.txt", "one", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
            store.CommitBatch();
        }

        using var reopened = EventStore.Open(location.Location);
        var e = Assert.Single(reopened.Events()).Event;
        Assert.Equal((Hsenwi, Military, 5), (e.Place, e.Actor1, e.Fatalities));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Browsing_reads_summaries_accounts_control_places_and_manual_merges(string provider)
    {
        using var store = Open(provider);
        var feb = new DateOnly(2024, 2, 19);
        store.Store(Report("a.txt", "one", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
        store.Store(Report("b.txt", "two", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 3, "AP")]);
        store.Store(Report("c.txt", "three", feb), [Event("Government regains territory", feb, Military, Mndaa, Lashio, 0, "AFP")]);

        var summaries = store.EventSummaries();
        Assert.Equal([(3, 2), (0, 1)], summaries.Select(e => (e.Fatalities, e.Reports)));
        Assert.Equal(["a.txt", "b.txt"], store.Accounts(summaries[0].Id).Select(a => a.Report.Source));
        var place = Assert.Single(store.ControlPlaces());
        Assert.Equal(("Lashio", Military.Name, feb, 1), (place.Place, place.Holder, place.Since, place.Entries));

        Assert.Null(store.Merge(summaries[0].Id, summaries[1].Id, "analyst: same operation"));
        Assert.Equal(3, Assert.Single(store.EventSummaries()).Reports);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void The_change_stamp_moves_when_another_connection_commits(string provider)
    {
        var location = TestStore.Create(provider);
        _stores.Add(location);
        using var reader = EventStore.Open(location.Location);
        long before = reader.ExternalChangeStamp();

        using (var writer = EventStore.Open(location.Location))
        {
            writer.BeginBatch();
            writer.Store(Report("a.txt", "one", Jan9), [Event("Air/drone strike", Jan9, Military, Civilians, Hsenwi, 5, "Reuters")]);
            writer.CommitBatch();
        }

        Assert.NotEqual(before, reader.ExternalChangeStamp());
    }

    public void Dispose()
    {
        foreach (var s in _stores)
        {
            s.Dispose();
        }
    }
}
