using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneWindow.Persistence;

/// <summary>
/// Marks an entity as owned by a street centre. The tenant is a storage concern, so it is a shadow
/// property: domain classes stay free of it, yet every row carries it, every query is filtered by
/// it and PostgreSQL row-level security enforces it again.
/// </summary>
public static class TenantOwnership
{
    public const string PropertyName = "TenantId";
    public const string ColumnName = "tenant_id";
    private const string Annotation = "OneWindow:TenantOwned";

    public static EntityTypeBuilder<TEntity> IsTenantOwned<TEntity>(this EntityTypeBuilder<TEntity> entity)
        where TEntity : class
    {
        entity.Property<string>(PropertyName).HasColumnName(ColumnName).HasMaxLength(32).IsRequired();
        entity.HasIndex(PropertyName);
        entity.HasAnnotation(Annotation, true);
        return entity;
    }

    public static bool IsTenantOwned(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(Annotation)?.Value is true;

    /// <summary>The tenant of a tracked or queried entity, for district-wide views that group by centre.</summary>
    public static string TenantOf<TEntity>(TEntity entity)
        where TEntity : class => EF.Property<string>(entity, PropertyName);

    internal static void ApplyQueryFilters(ModelBuilder modelBuilder, TenantDbContext context)
    {
        var contextExpression = Expression.Constant(context);
        var districtWide = Expression.Property(contextExpression, nameof(TenantDbContext.DistrictWideScope));
        var centre = Expression.Property(contextExpression, nameof(TenantDbContext.CentreInScope));
        var efProperty = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(string));

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => e.IsTenantOwned() && e.BaseType is null))
        {
            var row = Expression.Parameter(entityType.ClrType, "row");
            var tenantOfRow = Expression.Call(efProperty, row, Expression.Constant(PropertyName));
            var filter = Expression.Lambda(Expression.OrElse(districtWide, Expression.Equal(tenantOfRow, centre)), row);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }
}
