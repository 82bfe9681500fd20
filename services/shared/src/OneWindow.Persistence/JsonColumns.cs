using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneWindow.Persistence;

/// <summary>A value kept as one jsonb document: terms, rounds, materials, lines.</summary>
public static class JsonColumns
{
    /// <summary>
    /// Stores the value as jsonb with the service's <paramref name="json"/> options, and compares it by its JSON:
    /// a list changed in place (Add, Clear) and a value replaced both save, which a reference comparison would miss.
    /// </summary>
    public static PropertyBuilder<T> HasJsonb<T>(this PropertyBuilder<T> property, JsonSerializerOptions json)
        where T : class =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, json),
            text => JsonSerializer.Deserialize<T>(text, json)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, json) == JsonSerializer.Serialize(b, json),
                value => JsonSerializer.Serialize(value, json).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, json), json)!));
}
