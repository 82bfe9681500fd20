using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VisitsKeepWhatTheyOffered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "offered_item_codes",
                table: "visits",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateIndex(
                name: "ix_visits_tenant_id_started_at",
                table: "visits",
                columns: new[] { "tenant_id", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_visits_tenant_id_started_at",
                table: "visits");

            migrationBuilder.DropColumn(
                name: "offered_item_codes",
                table: "visits");
        }
    }
}
