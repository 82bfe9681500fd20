using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.PolicyLaw.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BenefitReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "review_due_on",
                table: "disbursement_schedules",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "review_from",
                table: "disbursement_schedules",
                type: "date",
                nullable: false,
                // A row an older image inserts (it knows no review) counts its review from the day it was scheduled.
                defaultValueSql: "((now() AT TIME ZONE 'Asia/Shanghai')::date)");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "disbursement_schedules",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<DateOnly>(
                name: "status_since",
                table: "disbursement_schedules",
                type: "date",
                nullable: true);

            // The schedules already paid count their review from the day they were approved and scheduled.
            migrationBuilder.Sql("UPDATE disbursement_schedules SET review_from = (scheduled_at AT TIME ZONE 'Asia/Shanghai')::date;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "review_due_on",
                table: "disbursement_schedules");

            migrationBuilder.DropColumn(
                name: "review_from",
                table: "disbursement_schedules");

            migrationBuilder.DropColumn(
                name: "status",
                table: "disbursement_schedules");

            migrationBuilder.DropColumn(
                name: "status_since",
                table: "disbursement_schedules");
        }
    }
}
