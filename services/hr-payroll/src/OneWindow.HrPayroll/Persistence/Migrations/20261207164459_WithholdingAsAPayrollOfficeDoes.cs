using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.HrPayroll.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WithholdingAsAPayrollOfficeDoes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "withholding_declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    contribution_base = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    special_deductions = table.Column<string>(type: "jsonb", nullable: false),
                    declared_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_withholding_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "withholding_rule_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    loaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_withholding_rule_versions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_withholding_declarations_tenant_id",
                table: "withholding_declarations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_withholding_declarations_tenant_id_staff_id_from",
                table: "withholding_declarations",
                columns: new[] { "tenant_id", "staff_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_withholding_rule_versions_from",
                table: "withholding_rule_versions",
                column: "from",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "withholding_declarations");

            migrationBuilder.DropTable(
                name: "withholding_rule_versions");
        }
    }
}
