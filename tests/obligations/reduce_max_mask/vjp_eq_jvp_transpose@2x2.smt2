; torchsmt obligation reduce_max_mask.vjp_eq_jvp_transpose@2x2 (lemma, op reduce_max_mask, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 2),) params {'axes': (1,)}, off kinks
(set-info :source |torchsmt lemma reduce_max_mask.vjp_eq_jvp_transpose@2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let (($x77 (= 0.0 0.0)))
(not $x77)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let (($x77 (= 0.0 0.0)))
(not $x77)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let (($x77 (= 0.0 0.0)))
(not $x77)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x0_0_1) true))
(assert
 (and (distinct x0_1_0 x0_1_1) true))
(assert
 (let ((?x30 (ite (= x0_0_1 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) (- 1.0) (- 2.0))))
 (let ((?x28 (ite (= x0_0_0 (ite (> x0_0_0 x0_0_1) x0_0_0 x0_0_1)) 0.0 (- 2.0))))
 (and (distinct ?x28 ?x30) true))))
(assert
 (let ((?x34 (ite (= x0_1_1 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) (- 1.0) (- 2.0))))
 (let ((?x32 (ite (= x0_1_0 (ite (> x0_1_0 x0_1_1) x0_1_0 x0_1_1)) 0.0 (- 2.0))))
 (and (distinct ?x32 ?x34) true))))
(assert
 (let (($x77 (= 0.0 0.0)))
(not $x77)))
(check-sat)
