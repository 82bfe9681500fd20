using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.PolicyLaw.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BankFilePayeesAndRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_household_id_item_code_period",
                table: "ledger_entries");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "exported_at",
                table: "payment_batches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "retry_of",
                table: "ledger_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_protected = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    account_protected = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payees", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_household_id_item_code_period",
                table: "ledger_entries",
                columns: new[] { "household_id", "item_code", "period" },
                unique: true,
                filter: "kind = 'Payment' AND retry_of IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_retry_of",
                table: "ledger_entries",
                column: "retry_of",
                unique: true,
                filter: "retry_of IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payees_household_id_item_code",
                table: "payees",
                columns: new[] { "household_id", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payees_tenant_id",
                table: "payees",
                column: "tenant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payees");

            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_household_id_item_code_period",
                table: "ledger_entries");

            migrationBuilder.DropIndex(
                name: "ix_ledger_entries_retry_of",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "exported_at",
                table: "payment_batches");

            migrationBuilder.DropColumn(
                name: "retry_of",
                table: "ledger_entries");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_household_id_item_code_period",
                table: "ledger_entries",
                columns: new[] { "household_id", "item_code", "period" },
                unique: true,
                filter: "kind = 'Payment'");
        }
    }
}
