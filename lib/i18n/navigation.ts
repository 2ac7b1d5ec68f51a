import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Language-aware replacements for next/link and next/navigation: links keep the language.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
