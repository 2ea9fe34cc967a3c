/**
 * Records of a conversation that both the storage layer and the dialogue engine speak. They live
 * here, below both, so the database code never depends on an engine to know what it stores.
 */

/** One stored turn of the conversation, as the services load it. */
export interface Turn {
  id: bigint | number;
  role: "user" | "assistant";
  content: string;
  /** Who said it (first name), so group conversations stay readable for the model. */
  name?: string;
  at: Date;
}
