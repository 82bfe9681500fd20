using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.HrPayroll.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PayrollRunsAreComputedInTheBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "compute_lease_until",
                table: "payroll_runs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure",
                table: "payroll_runs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_detail",
                table: "payroll_runs",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "headcount",
                table: "payroll_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Runs prepared before were computed in one transaction: everyone they pay has a payslip.
            migrationBuilder.Sql("UPDATE payroll_runs SET headcount = payslip_count;");

            migrationBuilder.CreateIndex(
                name: "ix_payroll_runs_status",
                table: "payroll_runs",
                column: "status",
                filter: "status = 'Computing'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payroll_runs_status",
                table: "payroll_runs");

            migrationBuilder.DropColumn(
                name: "compute_lease_until",
                table: "payroll_runs");

            migrationBuilder.DropColumn(
                name: "failure",
                table: "payroll_runs");

            migrationBuilder.DropColumn(
                name: "failure_detail",
                table: "payroll_runs");

            migrationBuilder.DropColumn(
                name: "headcount",
                table: "payroll_runs");
        }
    }
}
