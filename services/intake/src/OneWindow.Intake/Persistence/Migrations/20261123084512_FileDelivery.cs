using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FileDelivery : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
