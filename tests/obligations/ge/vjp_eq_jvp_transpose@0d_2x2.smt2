; torchsmt obligation ge.vjp_eq_jvp_transpose@0d_2x2 (lemma, op ge, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((), (2, 2)) params {}, off kinks
(set-info :source |torchsmt lemma ge.vjp_eq_jvp_transpose@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x50 (= 0.0 0.0)))
(not $x50)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x50 (= 0.0 0.0)))
(not $x50)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x50 (= 0.0 0.0)))
(not $x50)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x50 (= 0.0 0.0)))
(not $x50)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let (($x50 (= 0.0 0.0)))
(not $x50)))
(check-sat)
