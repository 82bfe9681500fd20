using System.Globalization;
using Microsoft.Extensions.Localization;
using OneWindow.Common.Time;
using OneWindow.Web.Resources;

namespace OneWindow.Web.Components.Audit;

/// <summary>
/// The trail's stable verbs and names (<c>approve-batch</c>, <c>payment-batch</c>, <c>review</c>) in the words a
/// director reads (批准发放批次, 发放批次, 业务初审). A verb the console has no words for yet is shown as it was written,
/// never hidden: a service may audit a new act before the console learns to name it.
/// </summary>
public sealed class AuditWords(IStringLocalizer<ConsoleText> text)
{
    /// <summary>The acts the console names, offered as the search's choice of action.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        "accept", "accept-supplement", "assign", "reassign", "pass", "return", "reject", "escalate", "recheck", "complete",
        "take-fee", "read", "read-personal-data", "rate-ticket", "approve", "prepare-batch", "approve-batch", "export-batch",
        "settle-batch", "reverse-entry",
        "enable-item", "disable-item", "publish-item-version", "create-item", "draw-quality-sample", "record-quality-check",
        "save-answer", "record-training", "handle-complaint", "open-case", "accept-referral", "decline-referral",
        "read-sensitive-notes", "write-sensitive-note", "record-visit", "hire-staff", "change-post", "set-skills",
        "request-leave", "approve-leave", "reject-leave", "prepare-payroll", "review-payroll", "approve-payroll", "export-bank-file",
        "adjust-evaluation", "record-deduction", "confirm-award", "confirm-delivery", "record-failed-attempt",
        "send-sign-in-code", "match-real-name", "token", "call", "name-centre",
    ];

    public string Action(string action) => Named("AuditAction_" + action, action);

    public string Subject(string subjectType) => Named("AuditSubject_" + subjectType, subjectType);

    public string Service(string service) => Named("AuditService_" + service, service);

    /// <summary>
    /// A refusal's reason by its code (services write the code of the refusal they denied with, e.g.
    /// <c>separation-of-duties</c>) in the words the console gives it; what the trail's done acts note (a month, a count)
    /// and any reason the console has no words for is shown as written.
    /// </summary>
    public string Reason(string outcome, string reason) => outcome == "denied" ? Named("Refusal_" + reason, reason) : reason;

    /// <summary>A person by their staff id; the service itself (<c>system:OneWindow.Review</c>) as 系统自动.</summary>
    public string Actor(string actor) => actor.StartsWith("system:", StringComparison.Ordinal) ? text["AuditSystemActor"] : actor;

    public string Roles(string roles) =>
        string.Join("、", roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => Named("Role_" + role, role)));

    /// <summary>"2026-12-07 09:05:31" in China time: the trail is read to the second.</summary>
    public static string Second(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private string Named(string key, string otherwise) => text[key] is { ResourceNotFound: false } words ? words.Value : otherwise;
}
