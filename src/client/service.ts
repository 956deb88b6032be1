import type { ComponentType } from 'preact';
import type { SessionInfo } from '../shared/auth';
import type { SharedService } from '../shared/service';
import type { MutationName } from '../shared/sync/mutations';
import type { AppDb, RejectionEntry } from './data/db';
import type { StoreVersion } from './data/service-stores';
import type { Catalogue } from './i18n/catalogue';
import type { MessageKey } from './i18n/t';
import type { ClientMutator } from './sync/client-mutator';

/** What every routed screen gets: the database, who is logged in, and the path's parameters. */
export interface ScreenProps {
  db: AppDb;
  session: SessionInfo;
  params?: Record<string, string>;
}

/** One page of a service at a path; `:name` segments become `params` (preact-iso's syntax). */
export interface ServiceRoute {
  path: string;
  component: ComponentType<ScreenProps>;
}

/** What a page that works with or without a session gets: who is logged in (if anyone), and a way to log in. */
export interface PublicScreenProps {
  db: AppDb;
  session: SessionInfo | null;
  onLoggedIn: (session: SessionInfo) => void;
}

/**
 * A page at a fixed path that opens without a session too: a login method's landing page (a
 * scanned card). Its code loads when first shown; the shell says so while it loads.
 */
export interface PublicRoute {
  path: string;
  load: () => Promise<ComponentType<PublicScreenProps>>;
}

/** A tab of the bottom navigation. */
export interface NavItem {
  path: string;
  label: MessageKey;
}

/** A client mutator for each of a service's mutations. */
export type ServiceMutators<S extends SharedService> = {
  readonly [N in keyof S['mutations']]: N extends MutationName ? ClientMutator<N> : never;
};

/**
 * Words the shell needs before any of the service's screens has loaded: a name for each of its
 * mutations and rejection codes (the rejections banner), its tab's label.
 */
export type ServiceShellMessages<S extends SharedService> = {
  readonly [K in `mutation.${keyof S['mutations'] & string}` | `rejection.${S['rejections'][number]}`]: string;
} & Readonly<Record<string, string>>;

/**
 * What one service brings to the browser, typed by its shared half: a mutator for each of its
 * mutations (at hand, or loaded on first use to keep the first screen small), its Dexie tables,
 * its routes (lazily loaded screens), its tabs and its words. A missing mutator fails to compile.
 */
export interface ClientService<S extends SharedService> {
  mutators: ServiceMutators<S> | (() => Promise<ServiceMutators<S>>);
  stores: readonly StoreVersion[];
  routes: readonly ServiceRoute[];
  /** Pages that open without a session as well (lazily loaded, like routes). */
  publicRoutes?: readonly PublicRoute[];
  nav: readonly NavItem[];
  /** The shell words in every language (zh-CN at hand, the others loaded when chosen). */
  messages: Catalogue<ServiceShellMessages<S>>;
  /** What a refused mutation of this service concerned, in words ("11月27日 周五 午餐"), if this phone still knows. */
  describeRejection?: (db: AppDb, entry: RejectionEntry) => Promise<string | null>;
}

/** Declares a service's client half against its shared half. */
export function defineClientService<S extends SharedService>(_shared: S, service: ClientService<S>): ClientService<S> {
  return service;
}
