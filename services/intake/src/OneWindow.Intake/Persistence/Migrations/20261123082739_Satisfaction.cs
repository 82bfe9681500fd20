using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Satisfaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: true),
                    clerk_staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reply = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    handled_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "message_book",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: true),
                    written_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_message_book", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tenant_id",
                table: "complaints",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tenant_id_submitted_at",
                table: "complaints",
                columns: new[] { "tenant_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_message_book_tenant_id",
                table: "message_book",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_message_book_tenant_id_written_at",
                table: "message_book",
                columns: new[] { "tenant_id", "written_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "message_book");
        }
    }
}
