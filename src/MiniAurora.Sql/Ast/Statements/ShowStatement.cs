using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>
/// Every SHOW statement. Fields used per kind: <see cref="Target"/> (COLUMNS/INDEX/CREATE x: the object),
/// <see cref="Database"/> (FROM db), <see cref="Full"/>, <see cref="Scope"/> (VARIABLES/STATUS:
/// Global/Session/Default), <see cref="Filter"/>, <see cref="Limit"/> (WARNINGS/ERRORS),
/// <see cref="CountOnly"/> (SHOW COUNT(*) WARNINGS), <see cref="ForUser"/> (SHOW GRANTS FOR), <see cref="Name"/> (SHOW ENGINE name STATUS).
/// </summary>
public sealed record ShowStatement(ShowKind Kind) : Statement
{
    public bool Full { get; init; }

    public VariableScope Scope { get; init; }

    public ObjectName? Target { get; init; }

    public string? Database { get; init; }

    public ShowFilter? Filter { get; init; }

    public LimitClause? Limit { get; init; }

    public bool CountOnly { get; init; }

    public Definer? ForUser { get; init; }

    public string? Name { get; init; }

    /// <summary>SHOW CREATE DATABASE IF NOT EXISTS.</summary>
    public bool IfNotExists { get; init; }
}
