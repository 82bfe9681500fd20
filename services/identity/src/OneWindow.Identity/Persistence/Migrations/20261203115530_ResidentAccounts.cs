using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ResidentAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resident_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phone_protected = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sign_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: true),
                    centre = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    bound_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    binding_failures = table.Column<int>(type: "integer", nullable: false),
                    binding_locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resident_accounts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_resident_accounts_phone_index",
                table: "resident_accounts",
                column: "phone_index",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resident_accounts_resident_id",
                table: "resident_accounts",
                column: "resident_id",
                unique: true,
                filter: "resident_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resident_accounts");
        }
    }
}
