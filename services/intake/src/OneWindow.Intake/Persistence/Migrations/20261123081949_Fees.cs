using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Fees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fee_payments");
        }
    }
}
