using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Localization;
using OneWindow.Web.Resources;

namespace OneWindow.Web.Refusals;

/// <summary>
/// A service's refusal in the words a clerk reads: by the refusal's code (its <c>ErrorInfo</c> reason, e.g.
/// <c>window-not-open</c>) where the console has words for it, otherwise by its kind; the fields of wrong input are listed.
/// Never the service's English message, never a stack trace.
/// </summary>
public sealed class RefusalText(IStringLocalizer<ConsoleText> text)
{
    public string Describe(RpcException refusal)
    {
        var status = refusal.GetRpcStatus();
        var reason = status?.GetDetail<ErrorInfo>()?.Reason;
        var byReason = reason is null ? null : text["Refusal_" + reason];
        var words = byReason is { ResourceNotFound: false } ? byReason.Value : text["Refusal_" + refusal.StatusCode].Value;
        // Only wrong input names fields a person can correct; a thing not found, a rule or a conflict is said in words.
        if (refusal.StatusCode != StatusCode.InvalidArgument)
        {
            return words;
        }

        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(violation => FieldName(violation.Field)).Distinct().ToList();
        return fields is { Count: > 0 } ? $"{words}（{text["RefusalFields"]}{string.Join("、", fields)}）" : words;
    }

    /// <summary>A refusal's code met outside a call (a run whose computation was refused), in words where the console has them.</summary>
    public string OfCode(string reason) =>
        text["Refusal_" + reason] is { ResourceNotFound: false } words ? words.Value : text["Refusal_" + StatusCode.Internal].Value;

    /// <summary>The label the page gives a field (<c>number</c> → 窗口号), or the field's name where the console has none.</summary>
    private string FieldName(string field) => text["Field_" + field] is { ResourceNotFound: false } label ? label.Value : field;
}
