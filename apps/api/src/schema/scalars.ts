import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';

builder.scalarType('JSON', {
  description: 'Any JSON value (GeoJSON geometries, plan results, change payloads).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('DateTime', {
  description: 'ISO 8601 date-time.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
});
