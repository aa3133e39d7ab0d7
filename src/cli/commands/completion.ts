// `hilt completion bash|zsh|fish`: a completion script made from the command tree itself, so it never goes stale.
import { type Command, InvalidArgumentError } from 'commander';
import { usageExit } from '../context.ts';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** Every command path ('' for the root, 'pay products', …) with the words that may follow it. */
function commandTree(program: Command): Map<string, string[]> {
  const globals = program.options.map((o) => o.long).filter((l): l is string => Boolean(l));
  const tree = new Map<string, string[]>();
  const walk = (cmd: Command, path: string) => {
    const words = new Set<string>();
    for (const sub of cmd.commands) {
      if ((sub as Command & { _hidden?: boolean })._hidden) continue;
      for (const name of [sub.name(), ...sub.aliases()]) {
        words.add(name);
        walk(sub, path ? `${path} ${name}` : name);
      }
    }
    for (const o of cmd.options) if (o.long) words.add(o.long);
    for (const g of globals) words.add(g);
    words.add('--help');
    tree.set(path, [...words]);
  };
  walk(program, '');
  return tree;
}

function bash(tree: Map<string, string[]>): string {
  const cases = [...tree]
    .map(([path, words]) => `    ${JSON.stringify(path)}) echo ${JSON.stringify(words.join(' '))} ;;`)
    .join('\n');
  return `# hilt completion for bash: eval "$(hilt completion bash)", or save it in /etc/bash_completion.d/hilt
_hilt_words() {
  case "$1" in
${cases}
    *) return 1 ;;
  esac
}
_hilt_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    if _hilt_words "\${path:+$path }$word" >/dev/null; then path="\${path:+$path }$word"; fi
  done
  COMPREPLY=($(compgen -W "$(_hilt_words "$path")" -- "$cur"))
}
complete -F _hilt_complete hilt
`;
}

function zsh(tree: Map<string, string[]>): string {
  return `#compdef hilt
# hilt completion for zsh: eval "$(hilt completion zsh)" in ~/.zshrc (after compinit)
autoload -U +X bashcompinit && bashcompinit
${bash(tree).split('\n').slice(1).join('\n')}`;
}

function fish(tree: Map<string, string[]>): string {
  const paths = [...tree.keys()].filter(Boolean).map((p) => `'${p}'`);
  const lines = [...tree].map(([path, words]) => {
    const commands = words.filter((w) => !w.startsWith('-'));
    const options = words.filter((w) => w.startsWith('--')).map((w) => w.slice(2));
    const cond = `-n '__hilt_path ${JSON.stringify(path)}'`;
    return [
      commands.length ? `complete -c hilt -f ${cond} -a '${commands.join(' ')}'` : '',
      ...options.map((o) => `complete -c hilt ${cond} -l ${o}`),
    ]
      .filter(Boolean)
      .join('\n');
  });
  return `# hilt completion for fish: hilt completion fish > ~/.config/fish/completions/hilt.fish
set -g __hilt_paths ${paths.join(' ')}
function __hilt_path
  set -l path ''
  for w in (commandline -opc)[2..-1]
    string match -q -- '-*' $w; and continue
    set -l next (string trim -- "$path $w")
    contains -- $next $__hilt_paths; and set path $next
  end
  test "$path" = "$argv[1]"
end
${lines.join('\n')}
`;
}

export function registerCompletionCommand(program: Command, out: (line: string) => void): void {
  program
    .command('completion')
    .description(`print a shell completion script (${SHELLS.join(', ')})`)
    .argument(
      '[shell]',
      SHELLS.join(', '),
      (value: string) => {
        if (!(SHELLS as readonly string[]).includes(value)) {
          throw new InvalidArgumentError(`shell must be one of ${SHELLS.join(', ')}`);
        }
        return value as Shell;
      },
      'bash' as Shell,
    )
    .exitOverride(usageExit)
    .action((shell: Shell) => {
      const tree = commandTree(program);
      out((shell === 'fish' ? fish : shell === 'zsh' ? zsh : bash)(tree).trimEnd());
    });
}
