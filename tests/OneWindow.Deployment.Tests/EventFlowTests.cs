namespace OneWindow.Deployment.Tests;

/// <summary>
/// No event is left unheard (issue 20): every topic of the catalogue is published by the service its [Topic] names and
/// subscribed to by some service or the console, as the built services' code says (<see cref="EventTraffic"/>), not as a list kept by hand.
/// </summary>
public sealed class EventFlowTests
{
    public static TheoryData<string> Topics => [.. EventCatalogue.Topics.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Topics))]
    public void A_topic_is_published_by_its_owner_and_heard_by_some_service(string topic)
    {
        var publisher = EventCatalogue.PublisherOf(topic);
        Assert.True(EventTraffic.PublishedBy(publisher).Contains(topic), $"{topic} is consumed but {publisher}, its publisher, never writes it to its outbox.");
        var consumers = ChartTests.EventApps.Where(service => EventTraffic.ConsumedBy(service).Contains(topic));
        Assert.True(consumers.Any(), $"{topic} is published by {publisher} and consumed by nobody.");
    }

    [Fact]
    public void A_service_writes_only_the_events_of_the_topics_it_owns()
    {
        foreach (var service in ChartTests.EventApps)
        {
            Assert.All(EventTraffic.PublishedBy(service), topic => Assert.Equal(EventCatalogue.PublisherOf(topic), service));
        }
    }

    [Fact]
    public void The_code_is_read_as_it_is_wired()
    {
        // A reader that saw nothing would make every topic look unheard: anchor it on wiring that has long existed.
        Assert.Contains("application-accepted", EventTraffic.PublishedBy("intake"));
        Assert.Contains("application-accepted", EventTraffic.ConsumedBy("review"));
        Assert.Contains("staff-hired", EventTraffic.ConsumedBy("identity"));
        Assert.Contains("ticket-called", EventTraffic.ConsumedBy("web"));
        Assert.DoesNotContain("application-accepted", EventTraffic.PublishedBy("review"));
    }
}
