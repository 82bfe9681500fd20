using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_application_files_tenant_id_accepted_at",
                table: "application_files",
                columns: new[] { "tenant_id", "accepted_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_application_files_tenant_id_accepted_at",
                table: "application_files");
        }
    }
}
