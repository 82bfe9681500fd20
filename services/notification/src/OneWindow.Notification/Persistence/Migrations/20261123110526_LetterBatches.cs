using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Notification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LetterBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_deliveries_letter_batch_id",
                table: "deliveries",
                column: "letter_batch_id",
                filter: "letter_batch_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deliveries_letter_batch_id",
                table: "deliveries");
        }
    }
}
