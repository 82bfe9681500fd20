using System.Text.Json;
using Npgsql;
using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Persistence;

/// <summary>Puts the default silent-family rules in every database at migration, leaving rules the district changed alone.</summary>
internal sealed class DefaultRules : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        foreach (var rule in SilentFamilyRule.Defaults)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO silent_family_rules (code, kind, enabled, parameters, description, updated_by, updated_at)
                VALUES ($1, $2, $3, $4::jsonb, $5, 'system:migrate', now())
                ON CONFLICT (code) DO NOTHING
                """,
                ownerConnection)
            {
                Parameters =
                {
                    new NpgsqlParameter { Value = rule.Code },
                    new NpgsqlParameter { Value = rule.Kind.ToString() },
                    new NpgsqlParameter { Value = rule.Enabled },
                    new NpgsqlParameter { Value = JsonSerializer.Serialize(rule.Parameters, SocialWorkDbContext.DocumentJson) },
                    new NpgsqlParameter { Value = rule.Description },
                },
            };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
