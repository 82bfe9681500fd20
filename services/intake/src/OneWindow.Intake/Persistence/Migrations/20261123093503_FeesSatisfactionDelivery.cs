using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FeesSatisfactionDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "delivered_at",
                table: "application_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "delivery_due",
                table: "application_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_grid_manager",
                table: "application_files",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "delivery_task_id",
                table: "application_files",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "failed_deliveries",
                table: "application_files",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_delivery_failed_at",
                table: "application_files",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_delivery_failure",
                table: "application_files",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

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
                name: "fee_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    window = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    cashier_staff_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_payments", x => x.id);
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
                name: "ix_application_files_tenant_id_accepted_at",
                table: "application_files",
                columns: new[] { "tenant_id", "accepted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tenant_id",
                table: "complaints",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tenant_id_submitted_at",
                table: "complaints",
                columns: new[] { "tenant_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_payments_file_id",
                table: "fee_payments",
                column: "file_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fee_payments_tenant_id",
                table: "fee_payments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_fee_payments_tenant_id_day_window",
                table: "fee_payments",
                columns: new[] { "tenant_id", "day", "window" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_payments_tenant_id_receipt_number",
                table: "fee_payments",
                columns: new[] { "tenant_id", "receipt_number" },
                unique: true);

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
                name: "fee_payments");

            migrationBuilder.DropTable(
                name: "message_book");

            migrationBuilder.DropIndex(
                name: "ix_application_files_tenant_id_accepted_at",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "delivered_at",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "delivery_due",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "delivery_grid_manager",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "delivery_task_id",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "failed_deliveries",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "last_delivery_failed_at",
                table: "application_files");

            migrationBuilder.DropColumn(
                name: "last_delivery_failure",
                table: "application_files");
        }
    }
}
