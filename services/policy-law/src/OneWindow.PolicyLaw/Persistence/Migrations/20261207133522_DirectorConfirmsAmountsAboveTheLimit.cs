using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.PolicyLaw.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectorConfirmsAmountsAboveTheLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "amount_reason",
                table: "approval_cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "approved_amount",
                table: "approval_cases",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirmed_at",
                table: "approval_cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "confirmed_by",
                table: "approval_cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "rule_amount",
                table: "approval_cases",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sent_back_by",
                table: "approval_cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sent_back_reason",
                table: "approval_cases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "amount_reason",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "approved_amount",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "confirmed_at",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "confirmed_by",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "rule_amount",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "sent_back_by",
                table: "approval_cases");

            migrationBuilder.DropColumn(
                name: "sent_back_reason",
                table: "approval_cases");
        }
    }
}
