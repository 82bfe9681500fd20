using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.SocialWork.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SilentFamilyScansRunInTheBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "silent_family_scans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    households_total = table.Column<int>(type: "integer", nullable: false),
                    households_scanned = table.Column<int>(type: "integer", nullable: false),
                    findings_raised = table.Column<int>(type: "integer", nullable: false),
                    reasons_added = table.Column<int>(type: "integer", nullable: false),
                    scanned_through = table.Column<Guid>(type: "uuid", nullable: true),
                    failure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    failure_detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scan_lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_silent_family_scans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_silent_family_scans_requested_at_scan_id",
                table: "silent_family_scans",
                columns: new[] { "requested_at", "scan_id" });

            migrationBuilder.CreateIndex(
                name: "ix_silent_family_scans_tenant_id",
                table: "silent_family_scans",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_silent_family_scans_tenant_id1",
                table: "silent_family_scans",
                column: "tenant_id",
                unique: true,
                filter: "status = 'Scanning'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "silent_family_scans");
        }
    }
}
