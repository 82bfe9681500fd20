using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Review.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueSaysWhetherAnItemNeedsApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every version recorded before the catalogue said otherwise went to approval.
            migrationBuilder.AddColumn<bool>(
                name: "needs_approval",
                table: "catalogue_entries",
                type: "boolean",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "needs_approval",
                table: "catalogue_entries");
        }
    }
}
