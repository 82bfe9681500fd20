namespace OneWindow.Common.Privacy;

/// <summary>Keys for <see cref="PersonalDataProtector"/>, bound from the <c>PersonalData</c> configuration section.</summary>
public sealed class PersonalDataOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "PersonalData";

    /// <summary>
    /// Encryption keys by key id, each a base64 32-byte AES-256 key. Retired keys stay here after
    /// rotation so values written under them can still be read and re-protected.
    /// </summary>
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>The key id new values are protected under.</summary>
    public string ActiveKeyId { get; set; } = string.Empty;

    /// <summary>The base64 HMAC key (at least 32 bytes) for blind indexes; it cannot rotate without rebuilding every index.</summary>
    public string BlindIndexKey { get; set; } = string.Empty;
}
