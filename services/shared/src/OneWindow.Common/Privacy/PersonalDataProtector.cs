using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OneWindow.Common.Privacy;

/// <summary>
/// Field-level encryption for personal data at rest (AES-256-GCM), plus blind indexes for exact lookup.
/// Protected values look like <c>pd1.{keyId}.{base64url(nonce|ciphertext|tag)}</c>; the purpose (e.g. the
/// column name) is bound in as associated data, so a value copied into another column will not decrypt.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Prefix = "pd1";
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MinimumBlindIndexKeySize = 32;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;
    private readonly byte[] _blindIndexKey;

    /// <summary>Validates <paramref name="options"/>; misconfiguration fails at start-up, not at first use.</summary>
    public PersonalDataProtector(PersonalDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = PersonalDataOptions.SectionName;

        _keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (keyId, encoded) in options.Keys)
        {
            if (string.IsNullOrWhiteSpace(keyId) || keyId.Contains('.', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{section}:Keys has a key id '{keyId}' that is empty or contains '.'.");
            }

            var key = DecodeKey(encoded, $"{section}:Keys:{keyId}");
            if (key.Length != KeySize)
            {
                throw new InvalidOperationException($"{section}:Keys:{keyId} must be a base64 {KeySize}-byte key, but it is {key.Length} bytes.");
            }

            _keys[keyId] = key;
        }

        if (string.IsNullOrWhiteSpace(options.ActiveKeyId))
        {
            throw new InvalidOperationException($"{section}:ActiveKeyId is not set.");
        }

        if (!_keys.ContainsKey(options.ActiveKeyId))
        {
            throw new InvalidOperationException($"{section}:ActiveKeyId '{options.ActiveKeyId}' is not one of {section}:Keys.");
        }

        _activeKeyId = options.ActiveKeyId;

        if (string.IsNullOrWhiteSpace(options.BlindIndexKey))
        {
            throw new InvalidOperationException($"{section}:BlindIndexKey is not set.");
        }

        _blindIndexKey = DecodeKey(options.BlindIndexKey, $"{section}:BlindIndexKey");
        if (_blindIndexKey.Length < MinimumBlindIndexKeySize)
        {
            throw new InvalidOperationException($"{section}:BlindIndexKey must be at least {MinimumBlindIndexKeySize} bytes, but it is {_blindIndexKey.Length} bytes.");
        }
    }

    /// <summary>The key id new values are protected under.</summary>
    public string ActiveKeyId => _activeKeyId;

    /// <summary>Encrypts <paramref name="plaintext"/> under the active key, bound to <paramref name="purpose"/>.</summary>
    public string Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrEmpty(purpose);

        var plain = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plain.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        var cipher = payload.AsSpan(NonceSize, plain.Length);
        var tag = payload.AsSpan(NonceSize + plain.Length, TagSize);

        // Random 96-bit nonces are safe far beyond the number of values one key will ever protect.
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[_activeKeyId], TagSize))
        {
            aes.Encrypt(nonce, plain, cipher, tag, Encoding.UTF8.GetBytes(purpose));
        }

        return $"{Prefix}.{_activeKeyId}.{Base64Url.EncodeToString(payload)}";
    }

    /// <summary>
    /// Decrypts a value from <see cref="Protect"/> with whichever key it names, so values written before a
    /// rotation stay readable. Throws <see cref="PersonalDataException"/> if it cannot.
    /// </summary>
    public string Unprotect(string protectedValue, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var (keyId, payload) = Split(protectedValue);
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new PersonalDataException($"The protected value names key '{keyId}', which is not configured.");
        }

        if (payload.Length < NonceSize + TagSize)
        {
            throw new PersonalDataException("The protected value is too short.");
        }

        var cipherLength = payload.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(
                payload.AsSpan(0, NonceSize),
                payload.AsSpan(NonceSize, cipherLength),
                payload.AsSpan(NonceSize + cipherLength, TagSize),
                plain,
                Encoding.UTF8.GetBytes(purpose));
        }
        catch (CryptographicException ex)
        {
            throw new PersonalDataException("The protected value failed authentication: it was altered, or belongs to another purpose.", ex);
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>True when the value was protected under a key other than the active one.</summary>
    public bool NeedsRotation(string protectedValue) =>
        !string.Equals(Split(protectedValue).KeyId, _activeKeyId, StringComparison.Ordinal);

    /// <summary>Decrypts under the value's own key and protects again under the active key.</summary>
    public string Reprotect(string value, string purpose) => Protect(Unprotect(value, purpose), purpose);

    /// <summary>
    /// A deterministic keyed hash for exact-match lookup of a protected column, without decrypting
    /// every row. The value is trimmed and upper-cased first so <c>x</c> and <c>X</c> check digits match.
    /// </summary>
    public string BlindIndex(string value, string purpose)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var input = Encoding.UTF8.GetBytes(purpose + "\n" + value.Trim().ToUpperInvariant());
        return Base64Url.EncodeToString(HMACSHA256.HashData(_blindIndexKey, input));
    }

    /// <summary>
    /// Fixed, public development keys (key id <c>dev-1</c>). Only ServiceDefaults uses this, and only when
    /// the environment is Development; anything protected with these keys is effectively plaintext.
    /// </summary>
    public static PersonalDataOptions DevelopmentOptions()
    {
        var options = new PersonalDataOptions
        {
            ActiveKeyId = "dev-1",
            BlindIndexKey = Convert.ToBase64String(Encoding.ASCII.GetBytes("DEVELOPMENT-ONLY-blind-index-key!")),
        };
        options.Keys["dev-1"] = Convert.ToBase64String(Encoding.ASCII.GetBytes("DEVELOPMENT-ONLY-aes-key-32bytes"));
        return options;
    }

    private static (string KeyId, byte[] Payload) Split(string protectedValue)
    {
        if (string.IsNullOrEmpty(protectedValue))
        {
            throw new PersonalDataException("The protected value is empty.");
        }

        var parts = protectedValue.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix || parts[1].Length == 0)
        {
            throw new PersonalDataException($"The value is not in the '{Prefix}.{{keyId}}.{{payload}}' format.");
        }

        try
        {
            return (parts[1], Base64Url.DecodeFromChars(parts[2]));
        }
        catch (FormatException ex)
        {
            throw new PersonalDataException("The protected value's payload is not base64url.", ex);
        }
    }

    private static byte[] DecodeKey(string? encoded, string setting)
    {
        try
        {
            return Convert.FromBase64String(encoded ?? string.Empty);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{setting} is not valid base64.", ex);
        }
    }
}
