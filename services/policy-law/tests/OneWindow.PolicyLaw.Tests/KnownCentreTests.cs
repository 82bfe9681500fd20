using System.Net;
using OneWindow.Events;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>
/// policy-law's copy of the district's register of centres, kept from intake's centre-changed (docs/adr/0028). Codes
/// beginning with "unregistered" are never arranged by the test host, so only the event can let them in.
/// </summary>
public sealed class KnownCentreTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    [Fact]
    public async Task A_centre_intake_registers_is_let_in_once_its_event_is_heard_and_refused_again_once_it_is_closed()
    {
        var code = $"unregistered-{Guid.NewGuid():N}"[..24];
        var officer = policyLaw.ClientFor("officer-1", ["policy-officer"], code);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/v1/items")).StatusCode);

        await policyLaw.PublishAsync(Entry(code, version: 1, open: true), "intake");

        await policyLaw.EventuallyAsync(officer, "/v1/items", _ => true);
        await policyLaw.PublishAsync(Entry(code, version: 2, open: false), "intake");
        await policyLaw.EventuallyAsync(async () => (await officer.GetAsync("/v1/items")).StatusCode, status => status == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task An_older_version_arriving_late_does_not_reopen_a_closed_centre()
    {
        var code = $"unregistered-{Guid.NewGuid():N}"[..24];
        var officer = policyLaw.ClientFor("officer-1", ["policy-officer"], code);
        await policyLaw.PublishAsync(Entry(code, version: 1, open: true), "intake");
        await policyLaw.EventuallyAsync(officer, "/v1/items", _ => true);
        await policyLaw.PublishAsync(Entry(code, version: 3, open: false), "intake");
        await policyLaw.EventuallyAsync(async () => (await officer.GetAsync("/v1/items")).StatusCode, status => status == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(45));

        await policyLaw.PublishAsync(Entry(code, version: 2, open: true), "intake");
        await policyLaw.HandledAsync("centre-changed");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/v1/items")).StatusCode);
    }

    private static CentreChanged Entry(string code, int version, bool open) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow,
        Tenant = null,
        Code = code,
        Version = version,
        Name = "五角场街道社区事务受理服务中心",
        Address = "杨浦区国和路100号",
        Phone = "021-65430099",
        OpeningHours = "08:30-17:00",
        Open = open,
    };
}
