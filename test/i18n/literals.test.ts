/**
 * No English left in src/bot: a string or template literal with letters that reaches a user
 * (a reply, an edit, a button, a pop-up, an invoice, a caption) fails this test; such text belongs
 * in locales/<locale>/*.ftl. Found with the TypeScript compiler, following constants to their values.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/bot/commands.ts";

const BOT_DIR = path.resolve(import.meta.dirname, "../../src/bot");

/** Methods whose arguments a user reads: every argument is checked, options only by USER_KEYS. */
const SEND_METHODS = new Set([
  "reply",
  "replyWithPhoto",
  "replyWithDocument",
  "replyWithVideo",
  "sendMessage",
  "sendPhoto",
  "sendVideo",
  "sendDocument",
  "sendInvoice",
  "editMessageText",
  "editMessageCaption",
  "answerCallbackQuery",
  "answerPreCheckoutQuery",
  "sendFormatted",
  "editFormatted",
]);
/** Methods where only the first argument is shown (a button's label; the second is callback data). */
const LABEL_METHODS = new Set(["text", "url"]);
/** Keys of option objects whose values a user reads. */
const USER_KEYS = new Set(["text", "caption", "error_message", "title", "description", "label"]);

// Allowed: whole literals that are not words in any language (command names, Telegram's currency
// code for Stars), and commands inside text ("/imagine"); everything else with a letter is text.
const ALLOWED_LITERALS = new Set<string>([
  ...COMMANDS,
  ...["grant", "refund", "stats", "broadcast", "deadletters"],
  "XTR",
]);
const hasWords = (text: string) =>
  !ALLOWED_LITERALS.has(text) && /\p{L}/u.test(text.replace(/\/[a-z_]+/g, ""));

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Scans one source file for user-visible literals with words in them. */
function findEnglish(fileName: string, source: string): Finding[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(sf);

  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    findings.push({ file: path.basename(fileName), line: line + 1, text: text.slice(0, 80) });
  };
  const seen = new Set<ts.Node>();

  /** Checks an expression whose value a user reads. */
  const visible = (e: ts.Node | undefined, depth = 0): void => {
    if (!e || depth > 6 || seen.has(e)) return;
    seen.add(e);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
      if (hasWords(e.text)) report(e, e.text);
    } else if (ts.isTemplateExpression(e)) {
      const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join("·");
      if (hasWords(parts)) report(e, parts);
      for (const span of e.templateSpans) visible(span.expression, depth + 1);
    } else if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isAwaitExpression(e)) {
      visible(e.expression, depth + 1);
    } else if (ts.isConditionalExpression(e)) {
      visible(e.whenTrue, depth + 1);
      visible(e.whenFalse, depth + 1);
    } else if (ts.isBinaryExpression(e)) {
      visible(e.left, depth + 1);
      visible(e.right, depth + 1);
    } else if (ts.isArrayLiteralExpression(e)) {
      for (const el of e.elements) visible(ts.isSpreadElement(el) ? el.expression : el, depth + 1);
    } else if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && USER_KEYS.has(p.name.text))
          visible(p.initializer, depth + 1);
      }
    } else if (ts.isIdentifier(e)) {
      visible(constants.get(e.text), depth + 1);
    } else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
      // ["a", "b"].join("\n") and the like: the array is what is shown.
      if (e.expression.name.text === "join") visible(e.expression.expression, depth + 1);
    } else if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) {
      visible(e.body, depth + 1);
    }
  };

  const walk = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      if (SEND_METHODS.has(name)) for (const arg of node.arguments) visible(arg);
      else if (LABEL_METHODS.has(name)) visible(node.arguments[0]);
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return findings;
}

const botFiles = (fs.readdirSync(BOT_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(BOT_DIR, f));

describe("user-visible text in src/bot", () => {
  it("the check finds English wherever it hides", () => {
    const sample = `
      const NOTE = "Nice sticker!";
      const keyboard = new InlineKeyboard().text("Cancel", "x:cancel").text("🗑 1", "mem:d:1");
      await ctx.reply(ok ? \`Thanks, \${name}\` : NOTE);
      await ctx.answerCallbackQuery({ text: "Done." });
      await ctx.editMessageText(["Line one", ctx.t("x")].join("\\n"), { parse_mode: "HTML" });
      await api.sendMessage(chatId, \`\${icon} /imagine \${prompt}\`);
      ctx.log.info("user started the bot");
    `;
    expect(findEnglish("sample.ts", sample).map((f) => f.text)).toEqual([
      "Cancel",
      "Thanks, ·",
      "Nice sticker!",
      "Done.",
      "Line one",
    ]);
  });

  it.each(botFiles.map((f) => [path.relative(BOT_DIR, f), f]))(
    "%s sends no English literal",
    (_name, file) => {
      expect(findEnglish(file, fs.readFileSync(file, "utf8"))).toEqual([]);
    },
  );
});
