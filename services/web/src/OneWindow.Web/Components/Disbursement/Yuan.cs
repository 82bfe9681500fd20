using System.Globalization;

namespace OneWindow.Web.Components.Disbursement;

/// <summary>An amount from the wire ("1530.5") as a centre writes it: "1,530.50 元".</summary>
public static class Yuan
{
    public static string Of(string amount) =>
        decimal.TryParse(amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元"
            : amount;
}
