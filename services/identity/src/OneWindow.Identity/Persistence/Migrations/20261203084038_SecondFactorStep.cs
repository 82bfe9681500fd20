using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SecondFactorStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_second_factor_step",
                table: "staff_accounts",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_second_factor_step",
                table: "staff_accounts");
        }
    }
}
