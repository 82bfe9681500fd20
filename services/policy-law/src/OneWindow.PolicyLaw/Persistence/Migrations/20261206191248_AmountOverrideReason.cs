using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.PolicyLaw.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AmountOverrideReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "amount_reason",
                table: "disbursement_schedules",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "rule_amount",
                table: "disbursement_schedules",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "amount_reason",
                table: "disbursement_schedules");

            migrationBuilder.DropColumn(
                name: "rule_amount",
                table: "disbursement_schedules");
        }
    }
}
