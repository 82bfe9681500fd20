using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CentresKeepTheirWaitingTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "target_average_waiting",
                table: "centres",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "target_called_within_minutes",
                table: "centres",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "target_service_level",
                table: "centres",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "target_average_waiting",
                table: "centres");

            migrationBuilder.DropColumn(
                name: "target_called_within_minutes",
                table: "centres");

            migrationBuilder.DropColumn(
                name: "target_service_level",
                table: "centres");
        }
    }
}
