package io.github.cloudsync.diff;

/**
 * One attribute mapping added to or removed from an object mapping, for display: {@code objectMapping} is
 * "sourceObjectName->targetObjectName", {@code sourceExpression} the mapping's source expression.
 */
public record SchemaEdit(String objectMapping, String targetAttribute, String sourceExpression, boolean added) {}
