using System.Text.Json;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.PayScales;

internal static class PayScaleMapping
{
    public static V1.PayScale ToContract(this PayScaleVersion version, IEnumerable<PayScaleVersion> all)
    {
        var contract = new V1.PayScale
        {
            Version = version.Version,
            EffectiveFrom = Wire.Day(version.EffectiveFrom),
            TermsJson = JsonSerializer.Serialize(version.Terms, HrPayrollDbContext.DocumentJson),
        };
        contract.Versions.AddRange(all.Select(v => v.Version).Order());
        return contract;
    }
}
