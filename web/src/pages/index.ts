/**
 * The app's pages, in tab-bar order. A feature adds its page here (as teams and projects did): an
 * id, an icon, the Fluent message of its tab label, and its component.
 */
import type { FunctionComponent } from "preact";
import { ChatPage } from "./chat.tsx";
import { CreationsPage } from "./creations.tsx";
import { CreditsPage } from "./credits.tsx";
import { LivePage } from "./live.tsx";
import { MemoriesPage } from "./memories.tsx";
import { PersonaPage } from "./persona.tsx";
import { ProjectsPage } from "./projects.tsx";
import { TeamPage } from "./team.tsx";

/** What a page is given: how to open another page. */
export interface PageProps {
  go(page: string): void;
}

export interface PageSpec {
  id: string;
  /** The tab's icon: an SVG path on a 24×24 grid, drawn as a line. */
  icon: string;
  label: string;
  component: FunctionComponent<PageProps>;
}

export const PAGES: PageSpec[] = [
  {
    id: "chat",
    icon: "M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    label: "app-nav-chat",
    component: ChatPage,
  },
  {
    id: "memories",
    icon: "M12 3l9 5H3zM5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20.5h18",
    label: "app-nav-memories",
    component: MemoriesPage,
  },
  {
    id: "creations",
    icon: "M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15.5 8.5h.01",
    label: "app-nav-creations",
    component: CreationsPage,
  },
  {
    id: "credits",
    icon: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
    label: "app-nav-credits",
    component: CreditsPage,
  },
  {
    id: "persona",
    icon: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01",
    label: "app-nav-persona",
    component: PersonaPage,
  },
  {
    id: "projects",
    icon: "M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z",
    label: "app-nav-projects",
    component: ProjectsPage,
  },
  {
    id: "team",
    icon: "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14a6 6 0 0 1 3.5 6",
    label: "app-nav-team",
    component: TeamPage,
  },
  { id: "live", icon: "M2 12h4l3-7 4 14 3-7h6", label: "app-nav-live", component: LivePage },
];
