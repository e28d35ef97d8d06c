namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>CREATE [OR REPLACE] VIEW. With <see cref="OrReplace"/> false an existing name fails with ER_TABLE_EXISTS_ERROR.</summary>
public sealed record CreateView(ViewDef View, bool OrReplace = false) : CatalogChange;
