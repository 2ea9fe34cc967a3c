### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro no seu terminal. /help mostra os comandos e /quit sai.
terminal-first-start = Criando o banco de dados embutido em { $dir } — a primeira inicialização leva alguns segundos…
terminal-help-debug = /debug — mostrar ou esconder o que cada motor acrescentou à resposta
terminal-help-quit = /quit — sair
terminal-debug-on = Detalhes dos motores ativados.
terminal-debug-off = Detalhes dos motores desativados.
terminal-persona-how = Escolha um digitando /persona e o nome dele, por exemplo /persona sage.
terminal-persona-unknown = Não conheço nenhum personagem chamado “{ $name }”. /persona mostra a lista.
terminal-memory-how = Digite /memory e o nome de um cômodo para ver o que tem nele, por exemplo /memory work.
terminal-memory-next = Mais: { $command }
terminal-forget-how = Digite /forget e o nome de um cômodo para esquecê-lo, /forget e algumas palavras para esquecer uma lembrança, ou /forget all para esquecer tudo.
terminal-confirm = Digite “{ $word }” para confirmar; qualquer outra coisa cancela.
terminal-confirm-word = sim
terminal-export-saved = Salvo em { $path }
