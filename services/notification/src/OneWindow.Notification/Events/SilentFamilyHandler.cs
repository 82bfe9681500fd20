using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Events;

/// <summary>
/// A household the silent-family scan found, told to the centre's social workers in their inbox: the finding is already
/// on social work's worklist (written with the event), but a scan runs unattended and a list nobody opens finds nobody
/// (docs/adr/0023). The notice names the reasons, never the household's people.
/// </summary>
public sealed class SilentFamilyHandler(Notify notify) : IIntegrationEventHandler<SilentFamilyFound>
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["benefit-ended"] = "救助待遇终止后未续办",
        ["repeated-rejections"] = "多次申请被驳回",
        ["elderly-alone"] = "高龄独居老人长期无联系",
        ["disability-no-benefit"] = "重度残疾未享受补贴",
        ["income-drop"] = "家庭收入大幅下降",
    };

    public async Task HandleAsync(SilentFamilyFound found, CancellationToken cancellationToken)
    {
        // A rule the district added later is told by its code rather than left out.
        var values = (await notify.ValuesAsync(cancellationToken)).List("reasons", found.Reasons.Select(code => Reasons.GetValueOrDefault(code, code)));
        await notify.StaffAsync(found.Id, NotificationKinds.SilentFamilyFound, Recipient.Role(PlatformRoles.SocialWorker), null, values, cancellationToken);
    }
}
