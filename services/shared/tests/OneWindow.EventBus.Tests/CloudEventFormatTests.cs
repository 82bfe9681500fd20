using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace OneWindow.EventBus.Tests;

/// <summary>The bytes we put on the bus are a CloudEvent any CloudEvents SDK reads, and we read theirs.</summary>
public sealed class CloudEventFormatTests
{
    private static readonly JsonEventFormatter Formatter = new();

    [Fact]
    public void The_cloudevent_we_write_parses_with_the_CloudNative_SDK()
    {
        var pinged = Pinged.For(Guid.NewGuid(), tenant: "pingliang") with
        {
            Trace = new TraceContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "onewindow=1"),
        };

        var cloudEvent = Formatter.DecodeStructuredModeMessage(
            EventEnvelope.Wrap(pinged, "intake", "pubsub").ToJson(), new ContentType(EventEnvelope.ContentType), extensionAttributes: null);

        Assert.Equal(CloudEventsSpecVersion.V1_0, cloudEvent.SpecVersion);
        Assert.Equal(pinged.Id.ToString(), cloudEvent.Id);
        Assert.Equal("onewindow.intake.test-pinged.v1", cloudEvent.Type);
        Assert.Equal(new Uri("intake", UriKind.RelativeOrAbsolute), cloudEvent.Source);
        Assert.Equal(pinged.Run.ToString(), cloudEvent.Subject);
        Assert.Equal(pinged.OccurredAt, cloudEvent.Time);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal("pingliang", cloudEvent["tenant"]);
        Assert.Equal("test-pinged", cloudEvent["topic"]);
        Assert.Equal(pinged.Trace!.TraceParent, cloudEvent["traceparent"]);
        var data = Assert.IsType<JsonElement>(cloudEvent.Data);
        Assert.Equal(pinged.Run, data.GetProperty("run").GetGuid());
    }

    [Fact]
    public void A_cloudevent_written_by_the_CloudNative_SDK_is_read_back_as_our_event()
    {
        var run = Guid.NewGuid();
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0, [CloudEventAttribute.CreateExtension("tenant", CloudEventAttributeType.String)])
        {
            Id = "evt-1",
            Type = "onewindow.intake.test-pinged.v1",
            Source = new Uri("intake", UriKind.Relative),
            Time = DateTimeOffset.Parse("2026-11-23T08:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(new { run, sequence = 7, occurredAt = "2026-11-23T00:00:00Z", tenant = "jiangpu", behaviour = "succeed" }),
            ["tenant"] = "jiangpu",
        };

        var envelope = EventEnvelope.Parse(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span);
        var pinged = Assert.IsType<Pinged>(envelope.Unwrap(typeof(Pinged)));

        Assert.Equal("evt-1", envelope.Id);
        Assert.Equal("jiangpu", envelope.Tenant);
        Assert.Equal(run, pinged.Run);
        Assert.Equal(7, pinged.Sequence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("""{"specversion":"0.3","id":"a","source":"s","type":"t","data":{}}""")]
    [InlineData("""{"specversion":"1.0","source":"s","type":"t","data":{}}""")]
    [InlineData("""{"specversion":"1.0","id":"a","source":"s","type":"t","data":"text"}""")]
    [InlineData("""{"specversion":"1.0","id":"a","source":"s","type":"t","time":"yesterday","data":{}}""")]
    public void Bytes_that_are_not_a_cloudevent_we_can_read_are_refused_as_malformed(string json) =>
        Assert.Throws<MalformedEventException>(() => EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void The_cloudevent_type_names_publisher_topic_and_version()
    {
        Assert.True(EventTopic.TryParseCloudEventType("onewindow.review.file-returned.v2", out var topic, out var version));
        Assert.Equal(("file-returned", 2), (topic, version));
        Assert.False(EventTopic.TryParseCloudEventType("com.example.file-returned", out _, out _));
    }
}
