using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Notification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeliverySmsParameters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "sms_parameters",
                table: "deliveries",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sms_parameters",
                table: "deliveries");
        }
    }
}
