using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.PolicyLaw.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HouseholdFactsKeepTheReportsTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "household_facts",
                newName: "facts_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "facts_at",
                table: "household_facts",
                newName: "updated_at");
        }
    }
}
