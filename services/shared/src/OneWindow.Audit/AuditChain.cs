using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneWindow.Audit;

/// <summary>
/// A record's hash computed again outside the database, from the same encoding the chain's trigger hashes
/// (<see cref="AuditChainSetup"/>): the number in its chain, the id, the instant in UTC to the microsecond, every field
/// as its length in UTF-8 bytes and itself (<c>~</c> when null), and the previous record's hash in hex. A verifier that
/// trusted the database's own function would trust what a superuser can replace.
/// </summary>
internal static class AuditChain
{
    public static byte[] Hash(long seq, AuditChainRow record)
    {
        string[] fields =
        [
            seq.ToString(CultureInfo.InvariantCulture),
            record.Id.ToString(CultureInfo.InvariantCulture),
            record.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            Field(record.Actor),
            Field(record.ActorRoles),
            Field(record.TenantId),
            record.NamedByDistrict ? "true" : "false",
            Field(record.Action),
            Field(record.SubjectType),
            Field(record.SubjectId),
            Field(record.Outcome),
            Field(record.Reason),
            Field(record.TraceId),
            record.PreviousHash is null ? "~" : Convert.ToHexStringLower(record.PreviousHash),
        ];
        return SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', fields)));
    }

    private static string Field(string? value) =>
        value is null ? "~" : $"{Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)}:{value}";
}
