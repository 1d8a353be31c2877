/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A query to keep; with id, changes that saved query (yours only). */
export type SaveQueryInput = {
  /** What the query answers, for people. */
  description?: string | null | undefined;
  /** The id of one of your saved queries to change it; omit it to save a new one. */
  id?: string | number | null | undefined;
  /** Everyone in the organization sees it (only its owner changes it). */
  isShared?: boolean | null | undefined;
  /** Name to find it by, e.g. "At-risk partners by pod leader". */
  name: string;
  /** Checked against the schema when saved. */
  query: string;
  /** Variables to run it with, e.g. { "status": "AT_RISK" }. */
  variables?: unknown;
};

export type PlaygroundSavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaygroundSavedQueriesQuery = { viewer: { id: string } | null, savedQueries: Array<{ id: string, name: string, description: string | null, query: string, variables: unknown, isShared: boolean, owner: { id: string, fullName: string } | null }> };

export type PlaygroundSaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type PlaygroundSaveQueryMutation = { saveQuery: { id: string } };

export type PlaygroundDeleteQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type PlaygroundDeleteQueryMutation = { deleteSavedQuery: { id: string } };


export const PlaygroundSavedQueriesDocument = {"__meta__":{"hash":"sha256:7fb2afd75953a8a286dfb3e7f71045e5a17eb273ad0038f62bef6343e2c94f7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaygroundSavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"isShared"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<PlaygroundSavedQueriesQuery, PlaygroundSavedQueriesQueryVariables>;
export const PlaygroundSaveQueryDocument = {"__meta__":{"hash":"sha256:3e9b4b14cde8ef1b72da023bd59e32ff3d338a1dc9beaa98373f4a223559c6de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaygroundSaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaygroundSaveQueryMutation, PlaygroundSaveQueryMutationVariables>;
export const PlaygroundDeleteQueryDocument = {"__meta__":{"hash":"sha256:d878ab244735216a0d91728ff5b62c1c2f9ed7675e7d0d0d7d24c666bff5039a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaygroundDeleteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaygroundDeleteQueryMutation, PlaygroundDeleteQueryMutationVariables>;