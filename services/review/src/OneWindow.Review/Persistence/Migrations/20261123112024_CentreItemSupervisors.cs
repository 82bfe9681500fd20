using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Review.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CentreItemSupervisors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "centre_item_supervisors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    supervisor_staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_centre_item_supervisors", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_centre_item_supervisors_tenant_id",
                table: "centre_item_supervisors",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_centre_item_supervisors_tenant_id_item_code",
                table: "centre_item_supervisors",
                columns: new[] { "tenant_id", "item_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "centre_item_supervisors");
        }
    }
}
